// Modal dialogs on the browser's own <dialog> (never window.prompt or confirm, which block the page and its tests):
// it traps focus and closes on Escape. openDialog shows given elements and resolves to whether it was confirmed; ask
// builds a small form itself and resolves to its values. Text goes in through textContent only.
import {t} from "./i18n.js";
import {el, button} from "./dom.js";

/**
 * Opens a modal dialog and resolves when it closes: to true when confirmed, false when cancelled (the cancel button
 * or Escape). fields: elements shown between the message and the buttons; check() may return a message that keeps
 * the dialog open (a missing field), shown in the dialog. The dialog is removed from the page once closed.
 */
export function openDialog({testid, title, message, fields = [], confirm, cancel, danger = false, check = () => null,
                            error = null}) {
  const dialog = el("dialog", "modal");
  dialog.dataset.testid = testid;
  const form = el("form");
  form.noValidate = true;
  const heading = el("h3", null, title);
  heading.id = `${testid}-title`;
  dialog.setAttribute("aria-labelledby", heading.id);
  form.append(heading);
  if (message) form.append(el("p", "modal-message", message));
  const problem = el("p", "modal-error", error ?? "");
  problem.dataset.testid = `${testid}-error`;
  problem.setAttribute("role", "alert");
  problem.hidden = !error;
  form.append(...fields, problem);
  const actions = el("div", "modal-actions");
  const ok = el("button", danger ? "danger" : "primary", confirm);
  ok.type = "submit";
  ok.dataset.testid = `${testid}-confirm`;
  actions.append(button(cancel, () => dialog.close("cancel"), `${testid}-cancel`), ok);
  form.append(actions);
  dialog.append(form);
  document.body.append(dialog);

  return new Promise(resolve => {
    // the form is never submitted (no navigation, nothing for the page's form-action policy to judge): closed here
    form.addEventListener("submit", event => {
      event.preventDefault();
      const wrong = check();
      if (wrong) {
        problem.textContent = wrong;
        problem.hidden = false;
        return;
      }
      dialog.close("ok");
    });
    dialog.addEventListener("close", () => {
      dialog.remove();
      resolve(dialog.returnValue === "ok");
    });
    dialog.showModal();
  });
}

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
