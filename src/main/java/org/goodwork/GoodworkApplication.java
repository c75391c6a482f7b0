package org.goodwork;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GoodworkApplication {

    public static void main(String[] args) {
        SpringApplication.run(GoodworkApplication.class, args);
    }
}
