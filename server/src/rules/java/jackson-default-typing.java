package com.example.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;

public class Mappers {

    public static ObjectMapper legacy() {
        ObjectMapper mapper = new ObjectMapper();
        // ruleid: java/jackson-default-typing
        mapper.enableDefaultTyping();
        return mapper;
    }

    public static ObjectMapper anyType() {
        ObjectMapper mapper = new ObjectMapper();
        // ruleid: java/jackson-default-typing
        mapper.activateDefaultTyping(LaissezFaireSubTypeValidator.instance, ObjectMapper.DefaultTyping.NON_FINAL);
        return mapper;
    }

    public static ObjectMapper allowListed() {
        BasicPolymorphicTypeValidator validator = BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("com.example.events.")
                .build();
        ObjectMapper mapper = new ObjectMapper();
        // ok: java/jackson-default-typing
        mapper.activateDefaultTyping(validator, ObjectMapper.DefaultTyping.NON_FINAL);
        return mapper;
    }

    public static ObjectMapper plain() {
        // ok: java/jackson-default-typing
        return new ObjectMapper().findAndRegisterModules();
    }
}
