package be.draaischijf.network.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A signal as a coordinator records it: a trend the network picked up, apart from any case.
 * <ul>
 * <li>{@code date}: when it was brought up (not in the future).</li>
 * <li>{@code source} with, for {@link SignalSource#FORUM}, the {@code forumCode} of an active consultation forum, and
 * for {@link SignalSource#CASE} the {@code caseReference} of an existing case ({@code DS-2026-0001}): the reference only,
 * never the case's question, names or any other personal data (ADR 0045). A forum code or a case reference given with
 * another source is not kept.</li>
 * <li>{@code district}: an active code of the list of districts ({@code CITY_WIDE} for the whole city).</li>
 * <li>{@code themes}: one or more active codes of the list of signal themes.</li>
 * <li>{@code description}: the signal in a few sentences, without names of young people or families.</li>
 * <li>{@code broughtBy}: who brought it up (a forum's member, a school, a partner), optional.</li>
 * </ul>
 */
public record SignalDraft(
        @NotNull(message = "{network.signal.date.required}") LocalDate date,
        @NotNull(message = "{network.signal.source.required}") SignalSource source,
        @Pattern(regexp = SignalDraft.CODE, message = "{draaischijf.code.unknown}") String forumCode,
        @Size(max = 20, message = "{draaischijf.size.max}")
        @Pattern(regexp = SignalDraft.REFERENCE, message = "{network.signal.case-reference.format}") String caseReference,
        @NotBlank(message = "{network.signal.district.required}")
        @Pattern(regexp = SignalDraft.CODE, message = "{draaischijf.code.unknown}") String district,
        @NotEmpty(message = "{network.signal.themes.required}") @Size(max = 10, message = "{network.signal.themes.size}")
        Set<@Pattern(regexp = SignalDraft.CODE, message = "{draaischijf.code.unknown}") String> themes,
        @NotBlank(message = "{network.signal.description.required}")
        @Size(max = 4000, message = "{draaischijf.size.max}") String description,
        @Size(max = 200, message = "{draaischijf.size.max}") String broughtBy) implements Serializable {

    /** A code of a reference list. */
    public static final String CODE = "[A-Z0-9_]{1,40}";

    /** A case's reference as people write it, in any case: {@code DS-2026-0001}. */
    public static final String REFERENCE = "(?i)DS-\\d{4}-\\d{4,8}";

    public SignalDraft {
        themes = themes == null ? Set.of()
                : Collections.unmodifiableSet(new TreeSet<>(themes.stream().filter(Objects::nonNull).toList()));
    }
}
