/**
 * Reference data the documents cannot give: the county-level divisions of a city, shipped under
 * {@code data/regions/}, merged into the graph beside the documents so that analyses can name the places a
 * document never mentions.
 */
package dev.collabgraph.app.reference;
