// Enhances the quiz form: each answer is checked as soon as it is chosen, with the explanation
// and a link to the sentence that settles it. Without this script the form still works: the
// reader answers everything and posts it.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  const form = document.querySelector("form.quiz");
  if (!form || !window.fetch) {
    return;
  }
  const checkUrl = form.dataset.check;
  const csrf = form.dataset.csrf;
  const quiz = form.dataset.quiz;
  const fieldsets = Array.from(form.querySelectorAll("fieldset[data-question]"));
  const progress = form.querySelector(".progress");
  // The page's words, in its language (the form carries them; English when it does not).
  const words = {
    right: form.dataset.right || "Right. ",
    wrong: form.dataset.wrong || "Not quite. ",
    answer: form.dataset.answer || "The answer: ",
    see: form.dataset.see || "See it in the article",
    progress: form.dataset.progress || "{0} of {1} answered.",
    post: form.dataset.post || "Post your answers to see your score.",
  };

  function answered() {
    return fieldsets.filter((f) => f.dataset.done === "1").length;
  }

  function showProgress() {
    const n = answered();
    progress.textContent = words.progress.replace("{0}", n).replace("{1}", fieldsets.length);
    if (n === fieldsets.length) {
      progress.textContent += " " + words.post;
    }
  }

  function text(tag, className, content) {
    const el = document.createElement(tag);
    if (className) {
      el.className = className;
    }
    el.textContent = content;
    return el;
  }

  async function check(fieldset, input) {
    const body = new URLSearchParams();
    body.set("question", fieldset.dataset.question);
    body.set("choice", input.value);
    body.set("quiz", quiz);
    let result;
    try {
      const response = await fetch(checkUrl, {
        method: "POST",
        headers: { "X-CSRF-Token": csrf, "Content-Type": "application/x-www-form-urlencoded" },
        body: body,
        credentials: "same-origin",
      });
      if (!response.ok) {
        return; // The form post still marks the quiz; nothing is lost.
      }
      result = await response.json();
    } catch (e) {
      return;
    }
    fieldset.dataset.done = "1";
    const options = Array.from(fieldset.querySelectorAll(".option"));
    options.forEach((option, index) => {
      if (index === result.answerIndex) {
        option.classList.add("is-right");
      } else if (option.querySelector("input").checked) {
        option.classList.add("is-wrong");
      }
    });
    // The choice stays in the form so the final post records it; it can no longer change.
    fieldset.querySelectorAll("input[type=radio]").forEach((radio) => {
      if (!radio.checked) {
        radio.disabled = true;
      }
    });
    const feedback = fieldset.querySelector(".feedback");
    feedback.replaceChildren();
    const verdict = text("p", "", "");
    verdict.appendChild(text("strong", result.correct ? "ok" : "no", result.correct ? words.right : words.wrong));
    if (!result.correct) {
      verdict.appendChild(document.createTextNode(words.answer + result.answer + ". "));
    }
    feedback.appendChild(verdict);
    feedback.appendChild(text("p", "", result.explanation));
    const link = text("a", "", words.see);
    link.href = result.sourceHref;
    const p = document.createElement("p");
    p.appendChild(link);
    feedback.appendChild(p);
    showProgress();
  }

  fieldsets.forEach((fieldset) => {
    fieldset.addEventListener("change", (event) => {
      const input = event.target;
      if (input.type === "radio" && fieldset.dataset.done !== "1") {
        check(fieldset, input);
      }
    });
  });
  showProgress();
});
