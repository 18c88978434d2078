package dev.blindspot.protocol.http;

import dev.blindspot.scan.ProbeOutcome;

import java.util.function.Function;

/** Re-typing helpers for {@link ProbeOutcome}: failures pass through unchanged, answers are transformed. */
public final class Outcomes {

    private Outcomes() {
    }

    public static <A, B> ProbeOutcome<B> map(ProbeOutcome<A> outcome, Function<? super A, ? extends B> f) {
        return flatMap(outcome, a -> ProbeOutcome.answered(f.apply(a)));
    }

    public static <A, B> ProbeOutcome<B> flatMap(ProbeOutcome<A> outcome,
                                                 Function<? super A, ProbeOutcome<B>> f) {
        return switch (outcome) {
            case ProbeOutcome.Answered<A> a -> f.apply(a.value());
            case ProbeOutcome.Refused<A> r -> new ProbeOutcome.Refused<>(r.detail());
            case ProbeOutcome.TimedOut<A> t -> new ProbeOutcome.TimedOut<>(t.after());
            case ProbeOutcome.ProtocolError<A> p -> new ProbeOutcome.ProtocolError<>(p.detail());
        };
    }
}
