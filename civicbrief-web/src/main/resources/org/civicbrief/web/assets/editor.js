// Editor pages: a job page reloads itself until its job has finished (without script, the page
// has a "Check again" link), and steps that take a briefing away from readers ask first.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  const status = document.querySelector("[data-poll]");
  if (status) {
    const seconds = Number(status.dataset.poll) || 2;
    window.setTimeout(() => window.location.reload(), seconds * 1000);
  }
  document.querySelectorAll("button[name=to][value=unpublished], button[name=to][value=rejected]")
    .forEach((button) => {
      button.addEventListener("click", (event) => {
        const what = button.value === "unpublished" ? "Readers will no longer see this briefing." : "The briefing will be rejected.";
        if (!window.confirm(what + " Go on?")) {
          event.preventDefault();
        }
      });
    });
});
