from langchain_community.agent_toolkits.openapi.toolkit import RequestsToolkit
from langchain_community.utilities.requests import TextRequestsWrapper
from langchain_community.vectorstores import FAISS
from langchain_experimental.agents import create_pandas_dataframe_agent
from langchain_openai import ChatOpenAI, OpenAIEmbeddings

llm = ChatOpenAI(model="gpt-4o")


def build_agent(df):
    # ruleid: python/langchain-dangerous-option
    return create_pandas_dataframe_agent(llm, df, allow_dangerous_code=True, verbose=True)


def load_index(path):
    # ruleid: python/langchain-dangerous-option
    return FAISS.load_local(path, OpenAIEmbeddings(), allow_dangerous_deserialization=True)


# ruleid: python/langchain-dangerous-option
toolkit = RequestsToolkit(requests_wrapper=TextRequestsWrapper(headers={}), allow_dangerous_requests=True)


def build_agent_safe(df):
    # ok: python/langchain-dangerous-option
    return create_pandas_dataframe_agent(llm, df, allow_dangerous_code=False)


def load_index_safe(path):
    # ok: python/langchain-dangerous-option
    return FAISS.load_local(path, OpenAIEmbeddings())
