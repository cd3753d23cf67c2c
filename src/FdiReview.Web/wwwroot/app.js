// The few things the server cannot do for a page: move the keyboard focus.
window.fdiReview = {
  focus(id) {
    const element = document.getElementById(id);
    if (!element) return;
    element.scrollIntoView({ block: "center" });
    element.focus();
  },
};
