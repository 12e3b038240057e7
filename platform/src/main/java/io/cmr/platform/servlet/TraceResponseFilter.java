package io.cmr.platform.servlet;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.cmr.platform.tracing.TraceResponses;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;

/** Tells the caller the request's trace ({@link TraceResponses}); runs inside the request's observation. */
class TraceResponseFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ServerHttpObservationFilter.findObservationContext(request).flatMap(TraceResponses::of)
                .ifPresent(value -> response.setHeader(TraceResponses.HEADER, value));
        chain.doFilter(request, response);
    }
}
