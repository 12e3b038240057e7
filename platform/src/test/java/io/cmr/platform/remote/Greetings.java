package io.cmr.platform.remote;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** The API of another app, as a CMR app declares it. */
interface Greetings {

    record Greeting(String text) {
    }

    @GetMapping("/greetings/{id}")
    Greeting one(@PathVariable("id") String id);

    @PostMapping("/greetings")
    Greeting add(@RequestBody Greeting greeting);
}
