import { useState } from 'react';
import { Button, Form, Input } from 'antd';
import { idNumberRule } from 'filing-check/adapters/async-validator.js';
import { todayInChina } from './today.js';
import { FilingForm } from './FilingForm.jsx';

const idRule = idNumberRule({ kind: 'resident', today: todayInChina, lang: 'zh-Hans' });

export function App() {
  const [submitted, setSubmitted] = useState(false);
  return (
    <main style={{ maxWidth: 760, margin: '32px auto' }}>
      <h1>出庭应诉负责人</h1>
      <Form labelCol={{ span: 6 }} onFinish={() => setSubmitted(true)} onFinishFailed={() => setSubmitted(false)}>
        <Form.Item label="姓名" name="headName" rules={[{ required: true, message: '请填写出庭应诉负责人姓名' }]}>
          <Input id="head-name" />
        </Form.Item>
        <Form.Item label="公民身份号码" name="headIdNumber" validateTrigger="onBlur"
          rules={[{ required: true, message: '请填写公民身份号码' }, idRule]}>
          <Input id="head-id" />
        </Form.Item>
        <Form.Item wrapperCol={{ offset: 6 }}>
          <Button type="primary" htmlType="submit">提交</Button>
        </Form.Item>
      </Form>
      {submitted && <p id="submitted" role="status">已通过检查</p>}
      <FilingForm kind="appearance" title="行政机关负责人出庭应诉" />
      <FilingForm kind="defence" title="答辩材料" />
    </main>
  );
}
