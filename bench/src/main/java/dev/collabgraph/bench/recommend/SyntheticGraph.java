package dev.collabgraph.bench.recommend;

import dev.collabgraph.app.recommend.EntityGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated graph with planted structure, larger than one document, for the evaluation: communities around an
 * industry (with two parts), each with universities, enterprises, platforms, parks and a district; tasks that name
 * mostly one community's actors plus some noise and a few city-wide tasks naming many; partnerships (CO_PARTICIPATES)
 * and hosting mostly inside a community. A recommender that reads the structure should find the hidden partners.
 */
public final class SyntheticGraph {
    private final Random random;
    private final EntityGraph graph = new EntityGraph();
    private final List<List<EntityGraph.Entity>> communities = new ArrayList<>();

    private SyntheticGraph(long seed) {
        this.random = new Random(seed);
    }

    public static EntityGraph generate(int communityCount, long seed) {
        SyntheticGraph g = new SyntheticGraph(seed);
        for (int k = 0; k < communityCount; k++) {
            g.community(k);
        }
        for (int k = 0; k < communityCount; k++) {
            g.tasks(k);
        }
        for (int t = 0; t < Math.max(1, communityCount / 10); t++) {
            g.cityTask(t);
        }
        return g.graph;
    }

    private void community(int k) {
        EntityGraph.Entity industry = entity("Industry", k, 0);
        EntityGraph.Entity district = entity("Region", k, 0);
        List<EntityGraph.Entity> members = new ArrayList<>(List.of(industry, district));
        for (int p = 1; p <= 2; p++) {
            link(entity("Industry", k, p), industry, "PART_OF", members);
        }
        List<EntityGraph.Entity> universities = many("University", k, 2, members);
        List<EntityGraph.Entity> enterprises = many("Enterprise", k, 5, members);
        List<EntityGraph.Entity> platforms = many("Platform", k, 3, members);
        List<EntityGraph.Entity> parks = many("Park", k, 2, members);
        for (EntityGraph.Entity park : parks) {
            graph.add(park, district, "LOCATED_IN", "", null, -1, -1);
            maybe(0.6, industry, park, "CLUSTER_IN");
        }
        maybe(0.5, industry, district, "CLUSTER_IN");
        for (EntityGraph.Entity platform : platforms) {
            List<EntityGraph.Entity> hosts = random.nextBoolean() ? enterprises : universities;
            maybe(0.7, pick(hosts), platform, "HOSTS");
            maybe(0.8, platform, random.nextBoolean() ? industry : pick(members.subList(2, 4)), "FOCUSES_ON");
        }
        for (EntityGraph.Entity enterprise : enterprises) {
            maybe(0.3, enterprise, industry, "LEADS");
            maybe(0.4, enterprise, pick(parks), "LOCATED_IN");
            for (EntityGraph.Entity university : universities) {
                maybe(0.35, enterprise, university, "CO_PARTICIPATES");
            }
        }
        universities.forEach(u -> maybe(0.3, u, pick(parks), "HOSTS"));
        communities.add(members);
        if (k > 0) {
            // a little cross-community partnering, as between a city's universities and another district's firms
            List<EntityGraph.Entity> elsewhere = communities.get(random.nextInt(k)).stream()
                    .filter(m -> m.label().equals("University")).toList();
            maybe(0.5, pick(enterprises), pick(elsewhere), "CO_PARTICIPATES");
        }
    }

    private void tasks(int k) {
        List<EntityGraph.Entity> members = communities.get(k);
        for (int t = 0; t < 3; t++) {
            EntityGraph.Entity task = new EntityGraph.Entity("task:" + k + ":" + t, "Task", "任务" + k + "-" + t);
            for (EntityGraph.Entity m : members) {
                maybe(m.label().equals("Industry") ? 0.6 : 0.3, task, m, "MENTIONS");
            }
            List<EntityGraph.Entity> other = communities.get(random.nextInt(communities.size()));
            graph.add(task, pick(other), "MENTIONS", "", null, -1, -1);
        }
    }

    private void cityTask(int t) {
        EntityGraph.Entity task = new EntityGraph.Entity("task:city:" + t, "Task", "全市任务" + t);
        for (int i = 0; i < 25; i++) {
            graph.add(task, pick(communities.get(random.nextInt(communities.size()))), "MENTIONS", "", null, -1, -1);
        }
    }

    private List<EntityGraph.Entity> many(String label, int k, int count, List<EntityGraph.Entity> members) {
        List<EntityGraph.Entity> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(entity(label, k, i));
        }
        members.addAll(out);
        return out;
    }

    private EntityGraph.Entity entity(String label, int k, int i) {
        return new EntityGraph.Entity(label.toLowerCase() + ":" + k + ":" + i, label, label + " " + k + "-" + i);
    }

    private void link(EntityGraph.Entity a, EntityGraph.Entity b, String type, List<EntityGraph.Entity> members) {
        members.add(a);
        graph.add(a, b, type, "", null, -1, -1);
    }

    private void maybe(double p, EntityGraph.Entity a, EntityGraph.Entity b, String type) {
        if (random.nextDouble() < p) {
            graph.add(a, b, type, "", null, -1, -1);
        }
    }

    private EntityGraph.Entity pick(List<EntityGraph.Entity> list) {
        return list.get(random.nextInt(list.size()));
    }
}
