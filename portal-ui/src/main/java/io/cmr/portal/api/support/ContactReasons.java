package io.cmr.portal.api.support;

import java.util.List;

import io.cmr.portal.api.preference.Topic;

/** The taxonomy contacts are coded with: categories and their reasons, in both languages. */
public final class ContactReasons {

    private ContactReasons() {
    }

    public record Category(String code, Topic.Text name, List<Reason> reasons) {
    }

    public record Reason(String code, String category, Topic.Text name, String kind, boolean retired) {
    }
}
