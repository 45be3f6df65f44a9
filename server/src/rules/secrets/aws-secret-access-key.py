import os
import boto3

# ruleid: secrets/aws-secret-access-key
s3 = boto3.client("s3", aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"], aws_secret_access_key="vcW//rYxFz/C5Q1w20tN7asf/qf4YTqbZGM8Wjl3")

# ok: secrets/aws-secret-access-key
s3 = boto3.client("s3", aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"], aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"])

# ok: secrets/aws-secret-access-key
s3 = boto3.client("s3", aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"], aws_secret_access_key="+xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")

# ok: secrets/aws-secret-access-key
client = boto3.client("sts", aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
