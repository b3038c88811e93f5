package be.draaischijf.referral.api;

import static be.draaischijf.referral.api.ReferralStatus.ADVICE;
import static be.draaischijf.referral.api.ReferralStatus.CASE_CONFERENCE;
import static be.draaischijf.referral.api.ReferralStatus.CLOSED;
import static be.draaischijf.referral.api.ReferralStatus.FOLLOW_UP;
import static be.draaischijf.referral.api.ReferralStatus.IN_ANALYSIS;
import static be.draaischijf.referral.api.ReferralStatus.NEW;
import static be.draaischijf.referral.api.ReferralStatus.REFERRED;
import static be.draaischijf.referral.api.ReferralStatus.UNMET_NEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.draaischijf.platform.refusal.Invalid;
import be.draaischijf.platform.refusal.NotAllowedNow;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every pair of case states: the allowed ones pass, every other one is refused, in the domain. */
class ReferralStatusTest {

    /** The allowed changes, written out by hand from the issue (not derived from the class under test). */
    static final Map<ReferralStatus, Set<ReferralStatus>> ALLOWED = Map.of(
            NEW, EnumSet.of(IN_ANALYSIS),
            IN_ANALYSIS, EnumSet.of(ADVICE, REFERRED, CASE_CONFERENCE, UNMET_NEED),
            ADVICE, EnumSet.of(REFERRED, CASE_CONFERENCE, UNMET_NEED, FOLLOW_UP),
            REFERRED, EnumSet.of(ADVICE, CASE_CONFERENCE, UNMET_NEED, FOLLOW_UP),
            CASE_CONFERENCE, EnumSet.of(ADVICE, REFERRED, UNMET_NEED, FOLLOW_UP),
            UNMET_NEED, EnumSet.of(ADVICE, REFERRED, CASE_CONFERENCE, FOLLOW_UP),
            FOLLOW_UP, EnumSet.of(ADVICE, REFERRED, CASE_CONFERENCE, UNMET_NEED, CLOSED),
            CLOSED, EnumSet.noneOf(ReferralStatus.class));

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (ReferralStatus from : ReferralStatus.values()) {
            for (ReferralStatus to : ReferralStatus.values()) {
                pairs.add(Arguments.of(from, to, ALLOWED.get(from).contains(to)));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} → {1}: allowed {2}")
    @MethodSource("everyPair")
    void onlyTheCaseWorksTransitionsAreAllowed(ReferralStatus from, ReferralStatus to, boolean allowed) {
        CaseOutcome outcome = to == CLOSED ? CaseOutcome.BACK_IN_SCHOOL : null;
        if (allowed) {
            assertThatCode(() -> from.requireMoveTo(to, outcome)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> from.requireMoveTo(to, outcome)).isInstanceOf(NotAllowedNow.class);
        }
    }

    @Test
    void closingNeedsAnOutcomeAndOnlyClosingHasOne() {
        assertThatThrownBy(() -> FOLLOW_UP.requireMoveTo(CLOSED, null))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(f -> assertThat(f.field() + " " + f.key()).isEqualTo("outcome referral.case.outcome.required")));
        assertThatThrownBy(() -> IN_ANALYSIS.requireMoveTo(REFERRED, CaseOutcome.CARE))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(f -> assertThat(f.field() + " " + f.key()).isEqualTo("outcome referral.case.outcome.only-when-closed")));
        assertThatThrownBy(() -> CLOSED.requireMoveTo(FOLLOW_UP, null))
                .isInstanceOfSatisfying(NotAllowedNow.class, e -> assertThat(e.key()).as("a closed case stays closed")
                        .isEqualTo("referral.case.transition.closed"));
    }

    @Test
    void theNextStatesAreWhatAScreenMayOffer() {
        for (ReferralStatus from : ReferralStatus.values()) {
            org.assertj.core.api.Assertions.assertThat(from.next()).as(from.name())
                    .containsExactlyInAnyOrderElementsOf(ALLOWED.get(from));
        }
    }
}
