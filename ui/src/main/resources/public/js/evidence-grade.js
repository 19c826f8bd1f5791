/**
 * How strongly a quote supports the link it stands behind, read from the rule that found it: "stated" when a sentence
 * of the document says so, "name" when it is only implied by a name (矿大科技园 for a university hosting a park, 徐州
 * inside 徐州高新区), "alias" when a short name was found inside another name (徐工 in 徐工研究院) — the weakest.
 */
const ORDER = ["stated", "name", "alias"];

export function evidenceGrade(rule) {
  const r = String(rule ?? "");
  if (r.startsWith("name-part:")) return r.endsWith(":alias") ? "alias" : "name";
  if (r.endsWith(":name-prefix")) return "name";
  return "stated";
}

/** The best grade among some quotes' rules ("stated" when there are none: nothing says otherwise). */
export function strongestGrade(rules) {
  const grades = rules.map(evidenceGrade);
  return ORDER.find(g => grades.includes(g)) ?? "stated";
}
