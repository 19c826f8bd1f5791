/**
 * What planners ask of the graph: coverage gaps of the plan (the named queries under {@code cypher/queries/gaps},
 * each with its definition) and the industry–academia links, as tables for the API, the command line and CSV.
 */
package dev.collabgraph.app.analysis;
