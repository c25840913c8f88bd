package io.tsunagu.profilebridge.event;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.time.Duration;
import java.time.Instant;

public class NotFarInFutureValidator implements ConstraintValidator<NotFarInFuture, Instant> {

    private Duration tolerance;

    @Override
    public void initialize(NotFarInFuture annotation) {
        tolerance = Duration.ofMinutes(annotation.toleranceMinutes());
    }

    @Override
    public boolean isValid(Instant value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Instant now = context.getClockProvider().getClock().instant();
        return !value.isAfter(now.plus(tolerance));
    }
}
