/**
 * Partner recommendations: for an enterprise, university, park, platform or district, candidates of a complementary
 * kind ranked by the neighbours they share (resource allocation, rarer neighbours weigh more) and by industry fit,
 * with already linked pairs pushed down, each explained by its shared neighbours, paths and evidence quotes. The
 * leave-one-out evaluation against common-neighbour and random baselines lives here too.
 */
package dev.collabgraph.app.recommend;
