package io.tsunagu.profilebridge.event;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * An instant not later than now plus a tolerance: browsers' clocks drift, but an event from the far
 * future would dominate the interests until that future arrives.
 */
@Documented
@Constraint(validatedBy = NotFarInFutureValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface NotFarInFuture {

    String message() default "must not be more than {toleranceMinutes} minutes in the future";

    long toleranceMinutes() default 5;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
