package be.draaischijf.web.privacy;

import be.draaischijf.platform.privacy.RetentionKind;
import be.draaischijf.platform.privacy.RetentionPeriods;
import be.draaischijf.web.layout.Messages;
import java.text.MessageFormat;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Retention in words, in one language (Dutch unless English), for the REST API, with the keys the pages use
 * ({@code be.draaischijf.web.pages.privacy.RetentionTexts} says the same in the page's language): a kind of record
 * ({@code retention.kind.<NAME>}, what it covers {@code retention.kind.<NAME>.what}), a period ("5 jaar", "1 jaar en 6
 * maanden", "30 dagen"), where the period in force comes from ({@code retention.source.<SOURCE>}), and what a run did
 * ("3 afgesloten dossiers geanonimiseerd", {@code retention.result.<NAME>}).
 */
public final class RetentionLabels {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final Locale language;
    private final ResourceBundle bundle;

    private RetentionLabels(Locale language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(Messages.BUNDLE, language);
    }

    /** English for English, Dutch for every other language (and for null). */
    public static RetentionLabels in(Locale language) {
        return new RetentionLabels(language != null && "en".equals(language.getLanguage()) ? Locale.ENGLISH : DUTCH);
    }

    public String kind(RetentionKind kind) {
        return bundle.getString("retention.kind." + kind.name());
    }

    public String what(RetentionKind kind) {
        return bundle.getString("retention.kind." + kind.name() + ".what");
    }

    /** Where the period in force comes from: the default, the configuration (its key), or who set it and when. */
    public String source(RetentionPeriods.Setting setting) {
        if (!setting.kind().configurable()) {
            return bundle.getString("retention.source.followsCases");
        }
        return switch (setting.source()) {
            case DEFAULT -> bundle.getString("retention.source.DEFAULT");
            case CONFIGURATION -> format("retention.source.CONFIGURATION", setting.kind().configKey());
            case ADMINISTRATOR -> format("retention.source.ADMINISTRATOR", setting.changedBy(),
                    setting.changedAt() == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", language)
                            .withZone(SubjectTexts.BRUSSELS).format(setting.changedAt()));
        };
    }

    /** A period as a person says it: "5 jaar", "1 jaar en 6 maanden", "30 dagen". */
    public String period(Period period) {
        List<String> parts = new ArrayList<>();
        if (period.getYears() != 0) {
            parts.add(format("retention.years", period.getYears()));
        }
        if (period.getMonths() != 0) {
            parts.add(format("retention.months", period.getMonths()));
        }
        if (period.getDays() != 0 || parts.isEmpty()) {
            parts.add(format("retention.days", period.getDays()));
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        String last = parts.remove(parts.size() - 1);
        return String.join(", ", parts) + " " + bundle.getString("retention.and") + " " + last;
    }

    /** What one run did to one kind, plural-aware: "3 afgesloten dossiers geanonimiseerd", "geen tokens verwijderd". */
    public String done(RetentionKind kind, int count) {
        return format("retention.result." + kind.name(), count);
    }

    private String format(String key, Object... values) {
        return new MessageFormat(bundle.getString(key), language).format(values);
    }
}
