// Modal dialogs drawn in the page (never window.prompt or confirm, which block the page and its tests): a question,
// an optional small form, OK and Cancel. Text goes in through textContent only.
import {t} from "./i18n.js";
import {el, button} from "./dom.js";

/**
 * Asks and resolves to the form's values ({name: value}) on OK, or null on Cancel or Escape.
 * fields: [{name, label, type: "text"|"password"|"select"|"custom", value, options: [{value, text}], required,
 * element and read() for "custom"}]; check(values) may return a message that keeps the dialog open.
 */
export function ask({title, message, fields = [], ok = t("dialog.ok"), danger = false, check, testid = "dialog"}) {
  return new Promise(resolve => {
    const dialog = el("dialog", "modal");
    dialog.dataset.testid = testid;
    const form = el("form");
    if (title) form.append(el("h3", null, title));
    if (message) form.append(el("p", "modal-message", message));
    const readers = {};
    for (const field of fields) {
      const row = el("label", "modal-field");
      row.append(el("span", null, field.label));
      if (field.type === "custom") {
        row.append(field.element);
        readers[field.name] = field.read;
      } else {
        const input = field.type === "select" ? el("select") : el("input");
        if (field.type === "select") {
          for (const option of field.options) {
            const o = el("option", null, option.text);
            o.value = option.value;
            input.append(o);
          }
        } else {
          input.type = field.type ?? "text";
          input.autocomplete = "off";
        }
        if (field.value != null) input.value = field.value;
        input.name = field.name;
        input.dataset.testid = `${testid}-${field.name}`;
        row.append(input);
        // a password is taken as typed; other answers without stray spaces
        readers[field.name] = () => field.type === "password" ? input.value : input.value.trim();
      }
      form.append(row);
    }
    const error = el("p", "modal-error");
    error.dataset.testid = `${testid}-error`;
    error.hidden = true;
    const actions = el("div", "modal-actions");
    const cancel = button(t("dialog.cancel"), () => finish(null), `${testid}-cancel`);
    const submit = el("button", danger ? "danger" : "primary", ok);
    submit.type = "submit";
    submit.dataset.testid = `${testid}-ok`;
    actions.append(cancel, submit);
    form.append(error, actions);
    dialog.append(form);

    let done = false;
    function finish(values) {
      if (done) return;
      done = true;
      dialog.close();
      dialog.remove();
      resolve(values);
    }
    form.addEventListener("submit", event => {
      event.preventDefault();
      const values = Object.fromEntries(Object.entries(readers).map(([name, read]) => [name, read()]));
      const missing = fields.find(f => f.required && (values[f.name] == null || values[f.name] === ""));
      const problem = missing ? t("dialog.required", {field: missing.label}) : check?.(values);
      if (problem) {
        error.textContent = problem;
        error.hidden = false;
        return;
      }
      finish(values);
    });
    dialog.addEventListener("cancel", event => { event.preventDefault(); finish(null); });
    document.body.append(dialog);
    dialog.showModal();
    form.querySelector("input, select")?.focus();
  });
}

/** Asks to confirm an action, with an optional reason; resolves to {reason} or null. */
export function confirmAction(message, {ok, reason = true, testid = "confirm"} = {}) {
  const fields = reason ? [{name: "reason", label: t("edit.reason")}] : [];
  return ask({message, fields, ok: ok ?? t("dialog.ok"), danger: true, testid});
}
