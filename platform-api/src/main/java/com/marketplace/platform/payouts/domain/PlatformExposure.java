package com.marketplace.platform.payouts.domain;

/** Reads the sellers' exposure from the money movements of orders. */
public interface PlatformExposure {

    Exposure read();
}
