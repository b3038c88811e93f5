/*
 * The main menu on a phone (issue 15): folded behind a "Menu" button that says whether it is open (aria-expanded);
 * Escape closes it and gives the focus back to the button. Without this script the menu simply stays open. On wider
 * screens the button is hidden by draaischijf.css and the menu is one row; the groups of staff ("Publieke site",
 * "Netwerk") are native <details>: opening one closes the other, and a click elsewhere or Escape closes it.
 */
document.addEventListener('DOMContentLoaded', function () {
    var nav = document.querySelector('.site-nav');
    if (!nav) {
        return;
    }
    var toggle = nav.querySelector('.site-nav__toggle');
    nav.classList.add('site-nav--js');
    function setOpen(open) {
        nav.classList.toggle('site-nav--open', open);
        toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    }
    toggle.addEventListener('click', function () {
        setOpen(!nav.classList.contains('site-nav--open'));
    });
    var groups = Array.prototype.slice.call(nav.querySelectorAll('.site-nav__details'));
    function openGroup() {
        return groups.filter(function (group) { return group.open; })[0];
    }
    groups.forEach(function (group) {
        group.addEventListener('toggle', function () {
            if (group.open) {
                groups.forEach(function (other) {
                    if (other !== group) {
                        other.open = false;
                    }
                });
            }
        });
    });
    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Escape') {
            return;
        }
        var group = openGroup();
        if (group) {
            group.open = false;
            group.querySelector('summary').focus();
        } else if (nav.classList.contains('site-nav--open')) {
            setOpen(false);
            toggle.focus();
        }
    });
    document.addEventListener('click', function (event) {
        var group = openGroup();
        if (group && !group.contains(event.target)) {
            group.open = false;
        }
    });
});
