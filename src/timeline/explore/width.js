// Tells the kernel how wide the notebook cell the Explorer sits in is, so the chart is drawn
// as wide as the cell: once the cell is laid out, and again after each resize (debounced).
export default {
  render({ model, el }) {
    el.style.width = "100%";
    el.style.height = "0";
    let timer = null;
    function report() {
      const width = Math.floor(el.getBoundingClientRect().width);
      if (width > 0 && width !== model.get("width")) {
        model.set("width", width);
        model.save_changes();
      }
    }
    const observer = new ResizeObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(report, 150);
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  },
};
