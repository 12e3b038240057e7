package io.cmr.portal.preferences;

import java.util.ArrayList;
import java.util.List;

/** One row of the grid: the channels ticked for a topic, and how its messages come. */
public class TopicForm {

    private String topicId;
    private List<String> channels = new ArrayList<>();
    private String deliveryMode = "IMMEDIATE";
    private String digestTime;

    public String getTopicId() {
        return topicId;
    }

    public void setTopicId(String topicId) {
        this.topicId = topicId;
    }

    public List<String> getChannels() {
        return channels;
    }

    public void setChannels(List<String> channels) {
        this.channels = channels == null ? new ArrayList<>() : channels;
    }

    public String getDeliveryMode() {
        return deliveryMode;
    }

    public void setDeliveryMode(String deliveryMode) {
        this.deliveryMode = deliveryMode;
    }

    public String getDigestTime() {
        return digestTime;
    }

    public void setDigestTime(String digestTime) {
        this.digestTime = digestTime;
    }

    boolean digest() {
        return "DAILY_DIGEST".equals(deliveryMode);
    }
}
