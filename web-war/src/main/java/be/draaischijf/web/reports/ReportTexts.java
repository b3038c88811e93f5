package be.draaischijf.web.reports;

import be.draaischijf.partner.api.ReferenceItem;
import be.draaischijf.referral.api.AgeBand;
import be.draaischijf.referral.api.ReportGrouping;
import be.draaischijf.web.layout.Messages;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The reports in words, in one language (Dutch unless English), for the page, the downloads and the REST API alike:
 * a group's key as a person reads it (a month as "maart 2026", a problem area, district or sector by the reference
 * list's label, an age band, school status, urgency or outcome by the bundle), counts and decimals as the language
 * writes them ("3,5" / "3.5"), dates as {@code d MMMM yyyy}, a period in weeks ("6 weken"). A code that no list or
 * bundle knows reads as itself, made readable ("SCHOOL_DROPOUT" → "School dropout"), never as a code.
 */
public final class ReportTexts {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final Locale language;
    private final ResourceBundle bundle;
    private final ReportLists lists;

    private ReportTexts(Locale language, ReportLists lists) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(Messages.BUNDLE, language);
        this.lists = lists == null ? ReportLists.none() : lists;
    }

    /** English for English, Dutch for every other language (and for null). */
    public static ReportTexts in(Locale language, ReportLists lists) {
        return new ReportTexts(language != null && "en".equals(language.getLanguage()) ? Locale.ENGLISH : DUTCH, lists);
    }

    public Locale language() {
        return language;
    }

    /** {@code nl} or {@code en}. */
    public String code() {
        return language.getLanguage();
    }

    /** The locale Chart.js formats its axis numbers in. */
    public String chartLocale() {
        return "en".equals(code()) ? "en-GB" : "nl-BE";
    }

    /** A bundle text; with arguments, a {@link MessageFormat} pattern filled in. */
    public String text(String key, Object... arguments) {
        String text = bundle.getString(key);
        return arguments.length == 0 ? text : new MessageFormat(text, language).format(arguments);
    }

    /** A bundle text, or {@code fallback} when the bundle has no such key. */
    String textOr(String key, String fallback) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException missing) {
            return fallback;
        }
    }

    // ---- keys as words

    /** A group's key in words, as its grouping names it. */
    public String group(ReportGrouping grouping, String key) {
        if (key == null || key.isBlank()) {
            return unknown();
        }
        return switch (grouping) {
            case MONTH -> month(key);
            case PROBLEM_AREA -> problemArea(key);
            case DISTRICT -> district(key);
            case SECTOR -> sector(key);
            case AGE_BAND -> enumLabel("ageBand.", key);
            case SCHOOL_STATUS -> enumLabel("schoolStatus.", key);
            case URGENCY -> enumLabel("urgency.", key);
            case OUTCOME -> enumLabel("caseOutcome.", key);
        };
    }

    /** "2026-03" → "maart 2026" / "March 2026". */
    public String month(String key) {
        try {
            return month(YearMonth.parse(key.strip()));
        } catch (DateTimeParseException | NullPointerException unreadable) {
            return readable(key);
        }
    }

    public String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", language).format(month);
    }

    public String problemArea(String code) {
        return label(code, lists.problemAreas());
    }

    public String district(String code) {
        return label(code, lists.districts());
    }

    public String sector(String code) {
        return label(code, lists.sectors());
    }

    public String declineReason(String code) {
        return label(code, lists.declineReasons());
    }

    public String theme(String code) {
        return label(code, lists.signalThemes());
    }

    public String ageBand(AgeBand band) {
        return band == null ? unknown() : text("ageBand." + band.name());
    }

    /**
     * Why a case counts in the capacity gap: no fitting offer, no place, waiting too long (as recorded), or waited longer
     * than acceptable for a referral ({@code reports.gap.why.<WHY>}).
     */
    public String why(String why) {
        if (why == null || why.isBlank()) {
            return unknown();
        }
        return textOr("reports.gap.why." + why, textOr("unmetNeedReason." + why, readable(why)));
    }

    public String unknown() {
        return text("reports.unknown");
    }

    /** What an empty figure reads as ("geen"). */
    public String none() {
        return text("reports.none");
    }

    private String enumLabel(String prefix, String name) {
        return textOr(prefix + name, readable(name));
    }

    private String label(String code, List<ReferenceItem> items) {
        if (code == null || code.isBlank()) {
            return unknown();
        }
        return items.stream().filter(item -> item.code().equals(code)).findFirst()
                .map(item -> item.label(code())).filter(label -> label != null && !label.isBlank())
                .orElseGet(() -> readable(code));
    }

    /** A code no list knows, as words: "SCHOOL_DROPOUT" → "School dropout". */
    static String readable(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String words = code.strip().replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    // ---- numbers, dates, periods

    /** A count as the language writes it ("1.234" / "1,234"). */
    public String count(long count) {
        return NumberFormat.getIntegerInstance(language).format(count);
    }

    /** A number of days or weeks with at most one decimal ("3,5" / "3.5"); none reads as {@link #none()}. */
    public String decimal(Double value) {
        if (value == null || value.isNaN()) {
            return none();
        }
        NumberFormat format = NumberFormat.getNumberInstance(language);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", language).format(date);
    }

    /** "van 1 januari 2026 tot en met 31 december 2026" ({@code to} is the last day counted). */
    public String period(LocalDate from, LocalDate to) {
        return text("reports.period", date(from), date(to));
    }

    /**
     * How long, as people say it: whole weeks in weeks ("6 weken"), other days in days ("10 dagen"), months and years
     * as such ("2 maanden", "1 jaar en 3 maanden").
     */
    public String duration(Period period) {
        if (period == null) {
            return none();
        }
        List<String> parts = new ArrayList<>();
        if (period.getYears() != 0) {
            parts.add(text("reports.years", period.getYears()));
        }
        if (period.getMonths() != 0) {
            parts.add(text("reports.months", period.getMonths()));
        }
        int days = period.getDays();
        if (days != 0 || parts.isEmpty()) {
            parts.add(days != 0 && days % 7 == 0 ? text("reports.weeks", days / 7) : text("reports.days", days));
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        String last = parts.remove(parts.size() - 1);
        return String.join(", ", parts) + " " + text("reports.and") + " " + last;
    }
}
