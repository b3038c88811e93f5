/*
 * The month and week views of /kalender (p:schedule extender="draaischijfCalendar", FullCalendar 5), issue 15:
 * - weeks start on Monday in both languages, as the page counts them (CalendarPage.periodStart);
 * - the month grid cuts long titles off: each event gets its full text in an element that training.css shows on
 *   hover and on keyboard focus, over the grid (the grid keeps its layout). The element is aria-hidden: the link's
 *   own text already is the full title, which is what a screen reader reads;
 * - a day cell is not named after its date number alone (it holds the events too).
 */
function draaischijfCalendar() {
    var options = this.cfg.options;
    options.firstDay = 1;
    // a day cell is named by its date number alone, while it also holds the events' titles (axe-core's
    // label-content-name-mismatch): the cell keeps its date in its own link and lets its content speak
    options.dayCellDidMount = function (info) {
        info.el.removeAttribute('aria-labelledby');
    };
    options.eventDidMount = function (info) {
        if (info.view.type !== 'dayGridMonth' || info.el.querySelector('.session-event__full')) {
            return;
        }
        var full = document.createElement('span');
        full.className = 'session-event__full';
        full.setAttribute('aria-hidden', 'true');
        full.textContent = info.timeText ? info.timeText + ' ' + info.event.title : info.event.title;
        info.el.appendChild(full);
    };
}
