package io.cmr.orderstatus;

import io.cmr.platform.test.ServiceBasics;

class OrderStatusServiceBasicsTest extends ServiceBasics {
}
