package io.cmr.orderstatus.notification;

import java.util.List;

/** Where notices enter the outbox. Durable on return; a request already made changes nothing. */
public interface NoticeRequests {

    void request(List<NoticeRequest> requests);
}
