// Editors' corrections (CorrectionLayer) are kept as nodes of their own, outside the graph of documents (no :Node
// label, so no view shows them): one id each, and the writer reads them in order of seq.
CREATE CONSTRAINT correction_id IF NOT EXISTS FOR (c:Correction) REQUIRE c.id IS UNIQUE;
CREATE INDEX correction_seq IF NOT EXISTS FOR (c:Correction) ON (c.seq);
