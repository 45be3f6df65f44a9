import html

import streamlit as st
from openai import OpenAI

client = OpenAI()

# ok: llm/python-ui-raw-html
st.markdown("<style>.stChatMessage { max-width: 48rem; }</style>", unsafe_allow_html=True)

prompt = st.chat_input("Ask about your order")
if prompt:
    response = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": prompt}])
    answer = response.choices[0].message.content
    with st.chat_message("assistant"):
        # ruleid: llm/python-ui-raw-html
        st.markdown(answer)
    placeholder = st.empty()
    # ruleid: llm/python-ui-raw-html
    placeholder.markdown(f"<div class='answer'>{answer}</div>")
    # ruleid: llm/python-ui-raw-html
    st.html(f"<p>You asked: {prompt}</p>")
    # ok: llm/python-ui-raw-html
    st.markdown(answer)
    # ok: llm/python-ui-raw-html
    st.markdown(f"<div class='answer'>{html.escape(answer)}</div>", unsafe_allow_html=True)
