package io.cmr.portal.notifications;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class NotificationsConfiguration implements WebMvcConfigurer {

    private final UnreadBadge badge;

    NotificationsConfiguration(UnreadBadge badge) {
        this.badge = badge;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(badge).excludePathPatterns("/css/**", "/js/**", "/webjars/**", "/error", "/unsubscribe");
    }
}
