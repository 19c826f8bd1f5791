// A correction in words, for the toast after making one and for the Corrections view.
import {t, labelName, typeName} from "./i18n.js";

/** The name part of an entity id (enterprise:新盛公司 → 新盛公司, unit:徐州:市科技局 → 市科技局). */
export const nameOf = id => id == null ? "" : String(id).slice(String(id).lastIndexOf(":") + 1);

/** What correction c does, e.g. 将“新盛公司”改名为“江苏新盛科技有限公司”. */
export function describe(c) {
  const params = {
    entity: nameOf(c.entity), value: c.value ?? "", label: labelName(c.label), target: c.value ?? nameOf(c.target),
    from: nameOf(c.from), to: nameOf(c.to), type: typeName(c.type), quote: c.quote ?? "",
  };
  return t(`correction.${c.kind}`, params);
}

/** The toast after a correction or an undo: what, and how many documents were written again. */
export function outcome(key, answer) {
  const documents = answer.documents?.length ?? 0;
  const conflicts = answer.conflicts?.length ? t("correction.conflicts", {n: answer.conflicts.length}) : "";
  return `${t(key, {what: describe(answer.correction), n: documents})}${conflicts}`;
}
