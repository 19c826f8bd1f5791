/**
 * The Neo4j side of collabgraph: the embedded DBMS ({@link dev.collabgraph.store.EmbeddedNeo4j}), the one query
 * interface everything else goes through ({@link dev.collabgraph.store.GraphStore}), the Cypher files that hold
 * every statement ({@link dev.collabgraph.store.CypherFiles}), the schema migrations
 * ({@link dev.collabgraph.store.Schema}) and the per-document writer ({@link dev.collabgraph.store.GraphWriter}).
 *
 * <p>Graph layout: every node has the label {@code Node} (unique {@code id}) plus its
 * {@link dev.collabgraph.model.Label}.
 * Structure nodes carry {@code document} (owning document id); entity nodes carry {@code aliases} and
 * {@code pinyin} (search keys). A Document node records what its document names: {@code namedEntities} (entity
 * ids) and the aliases it gives, as parallel lists {@code givenAliasIds} and {@code givenAliases}. Reference data
 * merged into a Region records its source in {@code documents} and its aliases in {@code aliasNames} /
 * {@code aliasDocuments}. Every relationship carries {@code document} and its evidence as
 * parallel lists {@code quotes}, {@code starts}, {@code ends}, {@code rules}. A map property {@code p} is stored as
 * two parallel lists: {@code p} (values) and {@code p_keys} (keys), e.g. an indicator's {@code values} and
 * {@code values_keys} (the years).
 */
package dev.collabgraph.store;
