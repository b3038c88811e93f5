package be.draaischijf.web.pages.beheer;

import be.draaischijf.platform.privacy.RetentionKind;
import be.draaischijf.platform.privacy.RetentionPeriods;
import be.draaischijf.web.privacy.PrivacyModules;
import be.draaischijf.platform.refusal.Refusal;
import be.draaischijf.web.i18n.Formats;
import be.draaischijf.web.layout.FormPages;
import be.draaischijf.web.layout.Messages;
import be.draaischijf.web.layout.Refusals;
import be.draaischijf.web.pages.privacy.RetentionTexts;
import be.draaischijf.web.pages.referral.ReferralLabels;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Map;
import java.util.List;

/**
 * /beheer/bewaartermijnen: administrators see how long each kind of record is kept (the period in force in words, and
 * whether it is the default, the configuration's or set here, by whom and when), change a configurable kind's period
 * ({@code ?soort=CLOSED_CASES}: a number and days, months or years, between a day and thirty years) or return it to the
 * configuration, and apply every module's retention rules now, as the daily timers do, the page saying per kind what
 * was anonymised or removed.
 */
@Named
@ViewScoped
public class RetentionPage implements Serializable {

    static final String FORM = "termijn";
    static final String AMOUNT = FORM + ":aantal";
    static final String UNIT = FORM + ":eenheid";

    /** The unit a period is given in on the form; labels as {@code retention.unit.<NAME>}. */
    public enum Unit { DAYS, MONTHS, YEARS }

    /** What one run did to one kind of record (the module's {@link RetentionResult}, kept with the view). */
    public record Applied(RetentionKind kind, int count) implements Serializable {
    }

    @Inject
    PrivacyModules modules;

    @Inject
    RetentionTexts texts;

    @Inject
    ReferralLabels labels;

    @Inject
    Formats formats;

    @Inject
    Messages messages;

    private String kindParam;
    private RetentionKind selected;
    private Integer amount;
    private Unit unit;
    private List<Applied> applied;
    private Instant appliedAt;

    /** Runs after the URL parameters are applied (f:viewAction): the kind to change, if one is chosen. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback() || FormPages.blank(kindParam)) {
            return;
        }
        RetentionKind kind;
        try {
            kind = RetentionKind.valueOf(kindParam.strip());
        } catch (IllegalArgumentException unknown) {
            messages.error(null, "retention.unknownKind");
            return;
        }
        if (!kind.configurable()) {
            messages.error(null, "retention.notConfigurable");
            return;
        }
        selected = kind;
        show(setting(kind).period());
    }

    /** The form starts with the period in force, in the unit it reads best in. */
    private void show(Period period) {
        if (period.getDays() == 0 && period.getMonths() == 0) {
            amount = period.getYears();
            unit = Unit.YEARS;
        } else if (period.getDays() == 0) {
            amount = period.getYears() * 12 + period.getMonths();
            unit = Unit.MONTHS;
        } else if (period.getYears() == 0 && period.getMonths() == 0) {
            amount = period.getDays();
            unit = Unit.DAYS;
        } else {
            amount = period.getYears() * 365 + period.getMonths() * 30 + period.getDays();
            unit = Unit.DAYS;
        }
    }

    /** Saves the chosen kind's new period; a number outside a day..thirty years is told next to the field. */
    public void save() throws IOException {
        if (selected == null) {
            return;
        }
        boolean complete = true;
        if (amount == null) {
            messages.error(AMOUNT, "retention.amount.required");
            complete = false;
        }
        if (unit == null) {
            messages.error(UNIT, "retention.unit.required");
            complete = false;
        }
        if (!complete) {
            return;
        }
        Period period = switch (unit) {
            case DAYS -> Period.ofDays(amount);
            case MONTHS -> Period.ofMonths(amount);
            case YEARS -> Period.ofYears(amount);
        };
        if (amount < 1 || !RetentionPeriods.within(period)) {
            messages.error(AMOUNT, "retention.amount.range");
            return;
        }
        try {
            texts.periods().change(selected, period, FormPages.editor(), Instant.now());
        } catch (IllegalArgumentException refused) {
            messages.error(AMOUNT, "retention.amount.range");
            return;
        }
        savedThenBack("retention.saved", texts.kind(selected), texts.inForceFor(selected, period));
    }

    /** The chosen kind follows the configuration (or the default) again. */
    public void backToConfiguration() throws IOException {
        if (selected == null) {
            return;
        }
        RetentionPeriods periods = texts.periods();
        periods.change(selected, null, FormPages.editor(), Instant.now());
        savedThenBack("retention.reset", texts.kind(selected), texts.inForce(periods.all().get(selected)));
    }

    /** Applies every module's retention rules now, as the daily timers do; the page says what each kind lost. */
    public void applyNow() {
        Instant now = Instant.now();
        Map<RetentionKind, Integer> results;
        try {
            results = modules.applyRetention(now);
        } catch (Refusal refused) {
            Refusals.message(refused);
            return;
        } catch (EJBAccessException refused) {
            messages.error(null, "retention.apply.notPermitted");
            return;
        }
        applied = new ArrayList<>(results.entrySet().stream().map(done -> new Applied(done.getKey(), done.getValue())).toList());
        appliedAt = now;
    }

    /** What one run did to one kind, in words: "3 afgesloten dossiers geanonimiseerd." */
    public String describe(Applied result) {
        return messages.format("retention.result." + result.kind().name(), result.count());
    }

    /** "Toegepast op 6 december 2026, 14:30:" */
    public String getAppliedSummary() {
        return appliedAt == null ? "" : messages.format("retention.apply.done", formats.dateTime(appliedAt));
    }

    /** Where a period in force comes from: the default, the configuration, or who set it here and when. */
    public String source(RetentionPeriods.Setting setting) {
        if (!setting.kind().configurable()) {
            return messages.text("retention.source.followsCases");
        }
        return switch (setting.source()) {
            case DEFAULT -> messages.text("retention.source.DEFAULT");
            case CONFIGURATION -> messages.format("retention.source.CONFIGURATION", setting.kind().configKey());
            case ADMINISTRATOR -> messages.format("retention.source.ADMINISTRATOR", labels.person(setting.changedBy()),
                    formats.date(setting.changedAt()));
        };
    }

    /** Whether an administrator set the chosen kind's period here (so that it can return to the configuration). */
    public boolean isSetHere() {
        return selected != null && setting(selected).source() == RetentionPeriods.Source.ADMINISTRATOR;
    }

    private RetentionPeriods.Setting setting(RetentionKind kind) {
        return texts.getSettings().stream().filter(setting -> setting.kind() == kind).findFirst().orElseThrow();
    }

    /** After a change: back to the page without a kind chosen, the message surviving the redirect. */
    private void savedThenBack(String key, Object... arguments) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        messages.info(key, arguments);
        external.redirect(external.getRequestContextPath() + "/beheer/bewaartermijnen");
    }

    public List<RetentionPeriods.Setting> getSettings() { return texts.getSettings(); }
    public Unit[] getUnits() { return Unit.values(); }
    public RetentionKind getSelected() { return selected; }
    public List<Applied> getApplied() { return applied; }
    public String getKindParam() { return kindParam; }
    public void setKindParam(String kindParam) { this.kindParam = kindParam; }
    public Integer getAmount() { return amount; }
    public void setAmount(Integer amount) { this.amount = amount; }
    public Unit getUnit() { return unit; }
    public void setUnit(Unit unit) { this.unit = unit; }
}
