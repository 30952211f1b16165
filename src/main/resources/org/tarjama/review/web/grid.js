// A list that renders only the rows near the visible part of its scroll container ("virtual scrolling"),
// with spacers standing in for the rest. Rows may differ in height: the spacers use the mean height of the
// rows measured on the first render. Small lists (up to ALL_ROWS rows) are rendered whole.
export const ALL_ROWS = 400;
const OVERSCAN = 15;

export class VirtualList {
  constructor(scroller, rowsEl, topEl, bottomEl, renderRow) {
    this.scroller = scroller;
    this.rowsEl = rowsEl;
    this.topEl = topEl;
    this.bottomEl = bottomEl;
    this.renderRow = renderRow; // (position) -> Element
    this.count = 0;
    this.rowHeight = 0;
    this.first = 0;
    this.last = 0;
    this.pending = false;
    scroller.addEventListener('scroll', () => {
      if (!this.pending && this.count > ALL_ROWS) {
        this.pending = true;
        requestAnimationFrame(() => { this.pending = false; this.onScroll(); });
      }
    });
  }

  setCount(n) { this.count = n; }

  window() {
    if (this.count <= ALL_ROWS) return [0, this.count];
    const h = this.rowHeight || 48;
    const visible = Math.ceil(this.scroller.clientHeight / h) + 1;
    const first = Math.max(0, Math.min(this.count - 1, Math.floor(this.scroller.scrollTop / h)) - OVERSCAN);
    return [first, Math.min(this.count, first + visible + 2 * OVERSCAN)];
  }

  onScroll() {
    const [first, last] = this.window();
    if (first !== this.first || last !== this.last) this.render(first, last);
  }

  // Renders the rows of [first, last) (default: the window at the current scroll position).
  render(first, last) {
    if (first === undefined) [first, last] = this.window();
    this.first = first;
    this.last = last;
    const frag = document.createDocumentFragment();
    for (let i = first; i < last; i++) frag.appendChild(this.renderRow(i));
    this.rowsEl.replaceChildren(frag);
    if (this.count > ALL_ROWS && !this.rowHeight && last > first) {
      this.rowHeight = Math.max(20, this.rowsEl.getBoundingClientRect().height / (last - first));
    }
    const h = this.rowHeight || 48;
    this.topEl.style.height = this.count > ALL_ROWS ? (first * h) + 'px' : '0px';
    this.bottomEl.style.height = this.count > ALL_ROWS ? ((this.count - last) * h) + 'px' : '0px';
  }

  // The rendered element of a position, or null.
  element(pos) {
    if (pos < this.first || pos >= this.last) return null;
    return this.rowsEl.children[pos - this.first] || null;
  }

  // Makes the row at a position rendered and visible (in the middle when center, else scrolled as little as possible).
  reveal(pos, center) {
    if (pos < 0 || pos >= this.count) return;
    let el = this.element(pos);
    if (!el || pos < this.first + 2 || pos > this.last - 3) {
      if (this.count > ALL_ROWS) {
        const h = this.rowHeight || 48;
        const top = pos * h;
        if (top < this.scroller.scrollTop || top > this.scroller.scrollTop + this.scroller.clientHeight - h) {
          this.scroller.scrollTop = Math.max(0, top - this.scroller.clientHeight / 3);
        }
        this.render();
      }
      el = this.element(pos);
    }
    if (el) el.scrollIntoView({ block: center ? 'center' : 'nearest' });
  }
}
