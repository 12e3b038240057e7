package io.cmr.orderstatus.incident;

import java.util.List;

import org.springframework.stereotype.Component;

/** What incidents keep about a customer (which incidents reached them, about which orders), for export and erasure. */
@Component
public class IncidentCustomerData {

    private final Incidents incidents;

    IncidentCustomerData(Incidents incidents) {
        this.incidents = incidents;
    }

    public List<AffectedCustomer> of(String customerId) {
        return incidents.affectedOf(customerId);
    }

    /** Forgets that incidents reached the customer; their orders, anonymised, no longer match any selector. */
    public void erase(String customerId) {
        incidents.forget(customerId);
    }
}
