package be.draaischijf.web.pages.meldpunt.signalen;

import be.draaischijf.network.api.SignalSource;
import be.draaischijf.partner.api.ReferenceItem;
import be.draaischijf.partner.api.ReferenceList;
import be.draaischijf.web.i18n.Language;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.layout.ReferenceChoices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The network pages' codes in words ({@code #{signalLabels.theme(code)}}): themes, consultation forums and districts
 * from the reference lists, a signal's source, months and a meeting's day and hours, in the person's language.
 */
@Named
@RequestScoped
public class SignalLabels {

    @Inject
    ReferenceChoices choices;

    @Inject
    Language language;

    @Inject
    Messages messages;

    /** Every theme of the list, active or not, in its order. */
    public List<ReferenceItem> getThemes() {
        return choices.items(ReferenceList.SIGNAL_THEME);
    }

    public String theme(String code) {
        return code == null ? "" : ReferenceChoices.label(code, getThemes(), language.getCode());
    }

    /** Theme codes in words, in the list's order, comma separated. */
    public String themes(Collection<String> codes) {
        return codes == null ? "" : getThemes().stream().filter(item -> codes.contains(item.code()))
                .map(item -> item.label(language.getCode())).collect(Collectors.joining(", "));
    }

    public String forum(String code) {
        return code == null ? "" : ReferenceChoices.label(code, choices.items(ReferenceList.CONSULTATION_FORUM), language.getCode());
    }

    public String district(String code) {
        return code == null ? "" : ReferenceChoices.label(code, choices.getDistricts(), language.getCode());
    }

    public String source(SignalSource source) {
        return source == null ? "" : messages.text("signalSource." + source.name());
    }

    /** Where a signal came from, in words: the forum's name, or the case's reference, or the kind of source. */
    public String origin(SignalSource source, String forumCode, String caseReference) {
        if (source == SignalSource.FORUM && forumCode != null) {
            return source(source) + ": " + forum(forumCode);
        }
        if (source == SignalSource.CASE && caseReference != null) {
            return source(source) + " " + caseReference;
        }
        return source(source);
    }

    /** "maart 2026". */
    public String month(YearMonth month) {
        return month == null ? "" : DateTimeFormatter.ofPattern("MMMM yyyy", language.getLocale()).format(month);
    }

    /** "woensdag 18 maart 2026, 14:00–16:00". */
    public String moment(LocalDate day, LocalTime startsAt, LocalTime endsAt) {
        if (day == null) {
            return "";
        }
        String date = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", language.getLocale()).format(day);
        return startsAt == null || endsAt == null ? date
                : date + ", " + DateTimeFormatter.ofPattern("HH:mm").format(startsAt) + "–" + DateTimeFormatter.ofPattern("HH:mm").format(endsAt);
    }

    /** A day for a {@code <time datetime>} attribute. */
    public String iso(LocalDate day) {
        return day == null ? "" : day.toString();
    }
}
