package io.cmr.preference.preference;

import java.util.List;

import io.cmr.platform.problem.FieldProblem;

/** Whether the contact points a change names belong to the customer; answered by whoever knows them. */
public interface ContactPointCheck {

    /** A problem for each contact point of {@code after} the customer may not use (field as in the request). */
    List<FieldProblem> problems(Preferences before, Preferences after);
}
