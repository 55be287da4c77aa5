package org.jclassad.mapping;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The attribute name a record component or field maps to, when it is not the Java name.
 *
 * <pre>{@code
 * record Job(@AdAttribute("RequestCpus") int cpus, @AdAttribute("Owner") String owner) { }
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface AdAttribute {
    /** The ClassAd attribute name (matched ignoring case, written as given). */
    String value();
}
