// Modal dialogs on the browser's own <dialog>: it traps focus, closes on Escape and needs no script of its own.
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
