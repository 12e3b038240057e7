package io.cmr.portal.customer;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class CustomerConfiguration implements WebMvcConfigurer {

    private final CustomerSettingsLoader loader;

    CustomerConfiguration(CustomerSettingsLoader loader) {
        this.loader = loader;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(loader).excludePathPatterns("/css/**", "/js/**", "/webjars/**", "/error");
    }
}
