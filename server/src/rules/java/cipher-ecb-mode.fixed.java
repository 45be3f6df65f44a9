package com.example.crypto;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

public class TokenCipher {
    private static final String TRANSFORMATION = "AES";

    public byte[] encrypt(SecretKey key, byte[] data) throws GeneralSecurityException {
        // ruleid: java/cipher-ecb-mode
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(Cipher.ENCRYPT_MODE, key);
        return cipher.doFinal(data);
    }

    public byte[] decrypt(SecretKey key, byte[] data) throws GeneralSecurityException {
        // ruleid: java/cipher-ecb-mode
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key);
        return cipher.doFinal(data);
    }

    public byte[] encryptGcm(SecretKey key, byte[] data) throws GeneralSecurityException {
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        // ok: java/cipher-ecb-mode
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
        return cipher.doFinal(data);
    }

    public Cipher wrapper() throws GeneralSecurityException {
        // ok: java/cipher-ecb-mode
        return Cipher.getInstance("AESWrap");
    }

    public Cipher camellia() throws GeneralSecurityException {
        // ruleid: java/cipher-ecb-mode
        return Cipher.getInstance("Camellia/ECB/NoPadding");
    }
}
