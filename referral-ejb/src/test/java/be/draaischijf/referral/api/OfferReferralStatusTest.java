package be.draaischijf.referral.api;

import static be.draaischijf.referral.api.OfferReferralStatus.ACCEPTED;
import static be.draaischijf.referral.api.OfferReferralStatus.COMPLETED;
import static be.draaischijf.referral.api.OfferReferralStatus.DECLINED;
import static be.draaischijf.referral.api.OfferReferralStatus.PROPOSED;
import static be.draaischijf.referral.api.OfferReferralStatus.STARTED;
import static be.draaischijf.referral.api.OfferReferralStatus.STOPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.draaischijf.platform.refusal.FieldError;
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

/** The closed loop of a referral to an offer: every pair of states, allowed or refused. */
class OfferReferralStatusTest {

    static final Map<OfferReferralStatus, Set<OfferReferralStatus>> ALLOWED = Map.of(
            PROPOSED, EnumSet.of(ACCEPTED, DECLINED),
            ACCEPTED, EnumSet.of(STARTED),
            STARTED, EnumSet.of(COMPLETED, STOPPED),
            DECLINED, EnumSet.noneOf(OfferReferralStatus.class),
            COMPLETED, EnumSet.noneOf(OfferReferralStatus.class),
            STOPPED, EnumSet.noneOf(OfferReferralStatus.class));

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (OfferReferralStatus from : OfferReferralStatus.values()) {
            for (OfferReferralStatus to : OfferReferralStatus.values()) {
                pairs.add(Arguments.of(from, to, ALLOWED.get(from).contains(to)));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} → {1}: allowed {2}")
    @MethodSource("everyPair")
    void onlyTheClosedLoopsAnswersAreAllowed(OfferReferralStatus from, OfferReferralStatus to, boolean allowed) {
        String reason = to == DECLINED ? "NO_CAPACITY" : null;
        if (allowed) {
            assertThatCode(() -> from.requireAnswer(to, reason)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> from.requireAnswer(to, reason)).isInstanceOf(NotAllowedNow.class);
        }
        assertThat(from.next()).containsExactlyInAnyOrderElementsOf(ALLOWED.get(from));
    }

    @Test
    void decliningNeedsAReasonAndOnlyDecliningHasOne() {
        // a missing or unexpected reason is bad input on the field (400 over REST), not a refused transition (409)
        assertThatThrownBy(() -> PROPOSED.requireAnswer(DECLINED, null))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("reason", "referral.offer-referral.reason.required")));
        assertThatThrownBy(() -> PROPOSED.requireAnswer(ACCEPTED, "OTHER"))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("reason", "referral.offer-referral.reason.only-when-declined")));
    }
}
