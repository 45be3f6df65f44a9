import os
import boto3

# ruleid: secrets/aws-access-key-id
s3 = boto3.client("s3", aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"], aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"])

# ok: secrets/aws-access-key-id
s3 = boto3.client("s3")

# ok: secrets/aws-access-key-id
s3 = boto3.client("s3", aws_access_key_id="xxxxxxxxxxxxxxxxxxxx", aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"])

# ok: secrets/aws-access-key-id
session = boto3.Session(aws_access_key_id="AKIAIOSFODNN7EXAMPLE")
