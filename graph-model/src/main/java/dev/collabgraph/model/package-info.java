/**
 * The vocabulary and value types of the collaboration graph, shared by the loader, the API and the
 * tests. Plain records and enums: no framework imports.
 */
package dev.collabgraph.model;
