package com.example.crypto;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

public class Encryptor {

    public byte[] encryptLegacy(SecretKey key, byte[] data) throws GeneralSecurityException {
        // ruleid: java/weak-cipher
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(data);
    }

    public SecretKey legacyKey() throws GeneralSecurityException {
        // ruleid: java/weak-cipher
        return KeyGenerator.getInstance("AES").generateKey();
    }

    public byte[] obfuscate(SecretKey key, byte[] data) throws GeneralSecurityException {
        // ruleid: java/weak-cipher
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(data);
    }

    public byte[] encrypt(SecretKey key, byte[] data) throws GeneralSecurityException {
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        // ok: java/weak-cipher
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        return cipher.doFinal(data);
    }

    public SecretKey newKey() throws GeneralSecurityException {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        // ok: java/weak-cipher
        return generator.generateKey();
    }

    public byte[] passwordBased(SecretKey key, byte[] data) throws GeneralSecurityException {
        // ruleid: java/weak-cipher
        Cipher cipher = Cipher.getInstance("PBEWithMD5AndDES");
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(data);
    }
}
