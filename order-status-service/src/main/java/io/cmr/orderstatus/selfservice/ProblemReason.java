package io.cmr.orderstatus.selfservice;

/** The fixed list of problems a customer can report, the codes contact analysis counts. */
public enum ProblemReason {
    NOT_RECEIVED, DAMAGED, WRONG_ITEM, MISSING_ITEM, LATE, OTHER
}
