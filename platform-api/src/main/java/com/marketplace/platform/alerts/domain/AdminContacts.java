package com.marketplace.platform.alerts.domain;

import java.util.List;

/** Who the admins are, to tell them of alerts: implemented where the admin accounts live (web). */
public interface AdminContacts {

    /** The email of every admin who may sign in (disabled ones are left out). */
    List<String> emails();
}
